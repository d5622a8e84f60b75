// Package vocab recognises the phrases programmes are written in (deadlines, kinds, agencies, counts, header and signature lines), shared by parse, check and the renderers.
package vocab
