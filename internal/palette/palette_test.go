package palette

import (
	"testing"

	"baocao/internal/progress"
)

// TestStatusesReadInBlackAndWhite: every two statuses print as grey levels
// at least 25 of 255 apart, and neighbours in a stacked bar at least 30.
func TestStatusesReadInBlackAndWhite(t *testing.T) {
	for i, a := range progress.Statuses {
		if _, ok := status[a]; !ok {
			t.Fatalf("status %s has no fill", a)
		}
		for j, b := range progress.Statuses[i+1:] {
			d := Status(a).Grey() - Status(b).Grey()
			if d < 0 {
				d = -d
			}
			min := 25
			if j == 0 {
				min = 30
			}
			if d < min {
				t.Errorf("%s (grey %d) and %s (grey %d) are %d apart, want at least %d", a, Status(a).Grey(), b, Status(b).Grey(), d, min)
			}
		}
	}
}

func TestHex(t *testing.T) {
	if got := (RGB{13, 64, 255}).Hex(); got != "0D40FF" {
		t.Errorf("Hex = %q", got)
	}
	if !(RGB{13, 64, 13}).Dark() || (RGB{235, 235, 235}).Dark() {
		t.Error("Dark: dark green must take white figures, light grey black ones")
	}
}
