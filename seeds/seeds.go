// Package seeds embeds the bundled programmes so baocao works from any directory.
package seeds

import "embed"

// FS holds the bundled programme texts and their progress ledgers.
//
//go:embed *.txt *.toml
var FS embed.FS

// Default is the file name of the bundled programme within FS.
const Default = "07-CTr-TU-2021.txt"
