// Package source turns input bytes into NFC text split in lines, and carries positioned diagnostics.
package source
