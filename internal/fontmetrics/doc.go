// Package fontmetrics reads what layout needs from TrueType fonts (glyph coverage, advances, line height), for the PDF and the workbook alike.
package fontmetrics
