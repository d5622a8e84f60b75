package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Version is set at build time: go build -ldflags "-X baocao/internal/cli.Version=1.0.0".
var Version = "dev"

// versionString is "dev (abc1234, go1.26.8)": the VCS revision when the
// binary was built from a checkout.
func versionString() string {
	rev := ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		dirty := false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
				if len(rev) > 12 {
					rev = rev[:12]
				}
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" && dirty {
			rev += "+modified"
		}
	}
	if rev == "" {
		return fmt.Sprintf("%s (%s)", Version, runtime.Version())
	}
	return fmt.Sprintf("%s (%s, %s)", Version, rev, runtime.Version())
}

func (a *app) cmdVersion(args []string) error {
	f := a.flags("baocao version", "Print baocao's version, source revision and Go version.", "  baocao version")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if err := f.none(pos); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "baocao %s\n", versionString())
	return nil
}
