package cli

import (
	"bytes"

	"baocao/internal/progress"
	"baocao/internal/xlsx"
)

// formDocs renders one progress form per lead agency, named after the
// agency: phieu-ban-tuyen-giao-tinh-uy.xlsx, due back and with the contact
// the [forms] configuration gives.
func (s *style) formDocs(rv *progress.Review) ([]document, error) {
	var docs []document
	slugs := slugger{}
	fc := s.cfg.Forms
	o := xlsx.FormOptions{
		Margins:  s.margins(),
		ReturnBy: rv.Quarter.Last().AddDays(fc.ReturnDays),
		Contact:  xlsx.FormContact{Office: fc.Office, Person: fc.Person, Phone: fc.Phone, Email: fc.Email},
	}
	for _, ag := range xlsx.FormAgencies(rv) {
		var b bytes.Buffer
		if err := xlsx.Form(&b, rv, ag.Key, o); err != nil {
			return nil, trWrapf(err, "%s: form for %s", rv.Programme.Source, ag.Name)
		}
		docs = append(docs, document{"phieu-" + slugs.unique(ag.Name) + ".xlsx", b.Bytes()})
	}
	return docs, nil
}
