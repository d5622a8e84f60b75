//go:build unix

package office

import (
	"os/exec"
	"syscall"
)

// ownGroup starts soffice in a process group of its own and cancels the
// whole group: soffice is a launcher that runs soffice.bin, and killing
// the launcher alone leaves the converter running.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
