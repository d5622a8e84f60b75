package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"
)

// reportStyles are the styles a report workbook adds to the shared set:
// the text sheet's (newTextStyles) and the status sheet's overdue format.
type reportStyles struct {
	ts      textStyles
	overdue int  // the conditional format's style
	kept    bool // taken from an earlier workbook with the styles part
}

// A report workbook opened from a base (newWorkbook) starts from the same
// styles part as every other of its font, and adds the same styles to it,
// so it ends with the same part, the same ids. Making them decoded the
// part, searched it for each style and marshalled it back: an eighth of
// the workbook. So the first such workbook keeps what it added and the part
// it wrote, and the next ones take the ids and write that part as it is.
type keptReportStyles struct {
	reportStyles
	part []byte // the styles part as the first workbook wrote it
}

type reportStylesKey struct {
	font Font
	base string // the styles part the workbook was opened with
}

var keptStyles = struct {
	sync.Mutex
	m map[reportStylesKey]*keptReportStyles
}{m: map[reportStylesKey]*keptReportStyles{}}

// reportStylesOn is turned off by the test that compares the workbooks
// with the styles made afresh each time.
var reportStylesOn = true

// reportStylesFor makes f's report styles, or takes them and the styles
// part they give from an earlier workbook opened from the same base. keep,
// when not nil, is to be called with the styles part f is written with,
// for the workbooks after it.
func reportStylesFor(f *excelize.File, font Font) (rs *reportStyles, keep func(part []byte), err error) {
	var key reportStylesKey
	cacheable := false
	if reportStylesOn && f.Styles == nil { // opened from a base, styles not decoded
		if v, ok := f.Pkg.Load(stylesPart); ok {
			if b, ok := v.([]byte); ok {
				key, cacheable = reportStylesKey{font, string(b)}, true
			}
		}
	}
	if cacheable {
		keptStyles.Lock()
		k := keptStyles.m[key]
		keptStyles.Unlock()
		if k != nil {
			f.Pkg.Store(stylesPart, bytes.Clone(k.part))
			rs := k.reportStyles
			rs.kept = true
			return &rs, nil, nil
		}
	}
	ts, err := newTextStyles(f, font)
	if err != nil {
		return nil, nil, err
	}
	overdue, err := f.NewConditionalStyle(&excelize.Style{
		Font: &excelize.Font{Color: "9C0006", Family: font.Name},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFC7CE"}},
	})
	if err != nil {
		return nil, nil, err
	}
	rs = &reportStyles{ts: *ts, overdue: overdue}
	if cacheable {
		keep = func(part []byte) {
			if part == nil {
				return
			}
			keptStyles.Lock()
			defer keptStyles.Unlock()
			if len(keptStyles.m) >= 16 { // fonts vary only in tests
				clear(keptStyles.m)
			}
			keptStyles.m[key] = &keptReportStyles{*rs, bytes.Clone(part)}
		}
	}
	return rs, keep, nil
}

// setConditionalFormat is f.SetConditionalFormat for a workbook of report
// styles rs. SetConditionalFormat decodes the styles part only to check
// that the format's style is among its differential formats: a workbook
// whose part was kept is shown a part of nothing but those while it
// checks, and keeps its part as it is, undecoded. (Were excelize to change
// the styles there, the kept part would lose the change: the tests
// comparing with workbooks whose styles are made afresh would fail.)
func setConditionalFormat(f *excelize.File, rs *reportStyles, sheet, rangeRef string, opts []excelize.ConditionalFormatOptions) error {
	part, ok := f.Pkg.Load(stylesPart)
	if !rs.kept || f.Styles != nil || !ok {
		return f.SetConditionalFormat(sheet, rangeRef, opts)
	}
	var b strings.Builder
	b.WriteString(`<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dxfs count="`)
	b.WriteString(strconv.Itoa(rs.overdue + 1))
	b.WriteString(`">`)
	for range rs.overdue + 1 {
		b.WriteString(`<dxf/>`)
	}
	b.WriteString(`</dxfs></styleSheet>`)
	f.Pkg.Store(stylesPart, []byte(b.String()))
	err := f.SetConditionalFormat(sheet, rangeRef, opts)
	f.Styles = nil
	f.Pkg.Store(stylesPart, part)
	return err
}
