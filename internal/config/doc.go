// Package config reads baocao.toml strictly (unknown keys, wrong types and missing files are errors with file:line) and prints the effective configuration as commented TOML.
package config
