// Package tomlfile reads and writes TOML text strictly, pointing every problem at its line and column; it is the one importer of the TOML library.
package tomlfile
