package tmpdeps

import (
	_ "codeberg.org/go-pdf/fpdf"
	_ "github.com/BurntSushi/toml"
	_ "github.com/xuri/excelize/v2"
	_ "golang.org/x/text/unicode/norm"
	_ "golang.org/x/text/collate"
)
