package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// docProps is what a workbook says about itself (File > Properties).
type docProps struct {
	Title, Subject, Author string
	Date                   program.Date // creation and modification date
}

// apply sets the core properties with fixed dates: excelize would otherwise
// stamp the current time, and the same input must give the same bytes.
func (d docProps) apply(f *excelize.File) error {
	stamp := d.stamp()
	return f.SetDocProps(&excelize.DocProperties{
		Title:          d.Title,
		Subject:        d.Subject,
		Creator:        d.Author,
		LastModifiedBy: d.Author,
		Created:        stamp,
		Modified:       stamp,
		Language:       "vi-VN",
	})
}

// stamp is the creation and modification time written for Date.
func (d docProps) stamp() string {
	if d.Date.IsZero() {
		return "2000-01-01T00:00:00Z"
	}
	return fmt.Sprintf("%sT00:00:00Z", d.Date)
}
