package cli

import "fmt"

func (a *app) cmdConfig(args []string) error {
	var c common
	f := a.flags("baocao config [--config FILE]",
		`Print the configuration in effect as commented TOML: the built-in defaults
overlaid with the configuration file. Save it as baocao.toml to start your
own; every key is explained in its comment. The file is checked strictly:
unknown keys, wrong types and missing font or template files are errors
naming the line (exit code 2).`,
		"  baocao config > baocao.toml\n  baocao config --config /etc/baocao/baocao.toml")
	f.configFlag(&c)
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if err := f.none(pos); err != nil {
		return err
	}
	cfg, err := a.loadConfig(configPath(c.configPath))
	if err != nil {
		return err
	}
	src := a.tr("built-in defaults (no baocao.toml in the current folder or above it)")
	if cfg.Name != "" {
		src = a.tr("%s over the built-in defaults", cfg.Name)
	}
	fmt.Fprintln(a.stdout, a.tr("# Effective configuration: %s.", src))
	return cfg.WriteTOML(a.stdout)
}
