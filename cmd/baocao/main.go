// Command baocao renders official-format annexes, quarterly progress reports and agency forms from Party action programmes; see 'baocao --help'.
package main

import (
	"os"

	"baocao/internal/cli"
)

func main() {
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
