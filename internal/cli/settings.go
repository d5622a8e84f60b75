package cli

import (
	"errors"
	"io/fs"
	"time"

	"baocao/internal/config"
)

// defaultConfigName is looked for in the current folder when --config is not given.
const defaultConfigName = "baocao.toml"

// common holds the flags several commands share.
type common struct {
	configPath  string
	date        string
	quarter     string
	quiet       bool
	logFormat   string
	outDir      string
	lockTimeout optionalDuration
	ledger      string // report and forms; import words its --ledger otherwise
}

// optionalDuration is a duration flag that knows whether it was given, so
// the configuration's value applies otherwise (and --help shows no "-1ns").
type optionalDuration struct {
	d   time.Duration
	set bool
}

func (o *optionalDuration) String() string {
	if o == nil || !o.set {
		return ""
	}
	return o.d.String()
}

func (o *optionalDuration) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return trErrorf("expected a duration such as 30s or 5m")
	}
	o.d, o.set = d, true
	return nil
}

func (f *flagSet) configFlag(c *common) {
	f.StringVar(&c.configPath, "config", "", "configuration `file` (default: baocao.toml of the workspace, found in the current folder or above it, else the built-in defaults)")
}

func (f *flagSet) dateFlag(c *common) {
	f.StringVar(&c.date, "date", "", "report `date` YYYY-MM-DD, or quarter-end for the last day of --quarter (default: today in Asia/Ho_Chi_Minh, or the last day of a --quarter that has ended)")
}

func (f *flagSet) quarterFlag(c *common) {
	f.StringVar(&c.quarter, "quarter", "", "`quarter` YYYY-Qn, \"current\" or \"previous\" (default: the quarter containing --date)")
}

// configDateQuarterFlags are the flags of every command that reports on a quarter.
func (f *flagSet) configDateQuarterFlags(c *common) {
	f.configFlag(c)
	f.dateFlag(c)
	f.quarterFlag(c)
}

func (f *flagSet) ledgerFlag(c *common) {
	f.StringVar(&c.ledger, "ledger", "", "progress ledger `file` (default: <programme>.progress.toml beside the programme)")
}

func (f *flagSet) outputFlags(c *common, what string) {
	f.StringVar(&c.outDir, "o", "", what)
	f.BoolVar(&c.quiet, "q", false, "quiet: print only errors")
	f.StringVar(&c.logFormat, "log-format", "text", "`format` of progress messages: text (for people) or json (one JSON object a line, for cron)")
	f.Var(&c.lockTimeout, "lock-timeout", "how long to wait for another run writing the same folder, a `duration` such as 30s (default: run.lock_timeout of the configuration)")
}

// loadConfig reads --config, else ./baocao.toml when present, else the
// built-in defaults, and checks every file the configuration names.
func (a *app) loadConfig(path string) (*config.Config, error) {
	explicit := path != ""
	if !explicit {
		path = defaultConfigName
	}
	data, err := readInput(path, configInputK)
	switch {
	case err == nil:
	case isRefused(err):
		return nil, usageErrorf("configuration file %v", err)
	case !explicit && errors.Is(err, fs.ErrNotExist):
		return config.Default(), nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErrorf("configuration file %q not found", path)
	default:
		return nil, usageErrorf("reading configuration: %v", err)
	}
	c, err := config.Load(path, data)
	if err != nil {
		return nil, withCode(ExitUsage, err)
	}
	if err := c.CheckFiles(); err != nil {
		return nil, withCode(ExitUsage, err)
	}
	return c, nil
}

// configInput is what the manifest records as the configuration input.
func configInput(c *config.Config) (string, []byte) {
	if c.Name == "" {
		return "built-in", config.DefaultTOML()
	}
	b, err := readInput(c.Name, configInputK)
	if err != nil {
		return c.Name, nil
	}
	return c.Name, b
}

func (c *common) checkLogFormat() error {
	switch c.logFormat {
	case "text", "json":
		return nil
	}
	return usageErrorf("--log-format %q: expected text or json", c.logFormat)
}

func (c *common) timeout(cfg *config.Config) time.Duration {
	if c.lockTimeout.set {
		return c.lockTimeout.d
	}
	return cfg.Run.LockTimeout.Duration
}
