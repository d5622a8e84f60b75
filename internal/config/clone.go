package config

import "slices"

// clone returns a copy of c that shares nothing a caller could change:
// Config is made of values except the recipients' list, which is copied,
// and the index of key positions, which is never changed once built.
// TestCloneSharesNothing fails when a field is added that clone would share.
func (c *Config) clone() *Config {
	d := *c
	d.Recipients.List = slices.Clone(c.Recipients.List)
	return &d
}
