// Package parse reads the text of an action programme into a program.Programme with positioned diagnostics.
package parse
