// Package cli is baocao's command line: subcommands and flags, the one clock, file paths, configuration loading and exit codes.
package cli
