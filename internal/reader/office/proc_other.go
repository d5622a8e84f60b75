//go:build !unix

package office

import "os/exec"

// ownGroup leaves the default: the context kills the launched process.
func ownGroup(cmd *exec.Cmd) {}
