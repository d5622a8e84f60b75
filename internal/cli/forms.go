package cli

import (
	"bytes"

	"baocao/internal/progress"
	"baocao/internal/xlsx"
)

// formDocs renders one progress form per lead agency, named after the
// agency: phieu-ban-tuyen-giao-tinh-uy.xlsx.
func (s *style) formDocs(rv *progress.Review) ([]document, error) {
	var docs []document
	slugs := slugger{}
	for _, ag := range xlsx.FormAgencies(rv) {
		var b bytes.Buffer
		if err := xlsx.Form(&b, rv, ag.Key, xlsx.FormOptions{Margins: s.margins()}); err != nil {
			return nil, trWrapf(err, "%s: form for %s", rv.Programme.Source, ag.Name)
		}
		docs = append(docs, document{"phieu-" + slugs.unique(ag.Name) + ".xlsx", b.Bytes()})
	}
	return docs, nil
}
