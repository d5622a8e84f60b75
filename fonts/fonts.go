// Package fonts embeds the default document typeface, Liberation Serif (SIL OFL 1.1, metric-compatible with Times New Roman).
package fonts

import _ "embed"

// The four styles of Liberation Serif 2.1.5, full Vietnamese coverage.
var (
	//go:embed LiberationSerif-Regular.ttf
	SerifRegular []byte
	//go:embed LiberationSerif-Bold.ttf
	SerifBold []byte
	//go:embed LiberationSerif-Italic.ttf
	SerifItalic []byte
	//go:embed LiberationSerif-BoldItalic.ttf
	SerifBoldItalic []byte
)

// Family is the name the embedded faces are registered under.
const Family = "Liberation Serif"
