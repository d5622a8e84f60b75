// Package text reads plain-text programmes (tab-separated, Markdown, grids, space-aligned columns, one cell per line) into a document.Document.
package text
