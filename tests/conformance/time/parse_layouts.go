package main

import (
	"fmt"
	"time"
)

func main() {
	layouts := []struct{ layout, value string }{
		{"2006-01-02", "2023-03-15"},
		{"2006-01-02 15:04:05", "2023-03-15 10:30:45"},
		{time.RFC3339, "2023-03-15T10:30:00Z"},
		{time.RFC3339, "2023-03-15T10:30:00+02:00"},
		{time.RFC3339, "2023-03-15T10:30:00-07:30"},
		{time.RFC3339Nano, "2023-03-15T10:30:00.123456789Z"},
		{time.RFC1123, "Wed, 15 Mar 2023 10:30:00 UTC"},
		{time.RFC1123Z, "Wed, 15 Mar 2023 10:30:00 +0100"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{"Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)"},
		{"02/01/06", "31/12/99"},
		{"2006-01-02 15:04:05.000", "2023-03-15 10:30:45.250"},
		{"2006-01-02 15:04:05", "2023-03-15 10:30:45.5"},
		{"January 2, 2006", "march 5, 2021"},
		{"2006.002", "2024.060"},
		{time.ANSIC, "Mon Jan  2 15:04:05 2006"},
		{"2006-01-02 15:04:05", "2024-02-29 23:59:59"},
	}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, l.value)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		name, off := t.Zone()
		fmt.Println(t, "|", t.Location(), name, off, "|", t.Unix(), t.Weekday(), t.YearDay())
	}
	bad := []struct{ layout, value string }{
		{"2006-01-02", "2023-02-30"},
		{"2006-01-02", "2023-1-5"},
		{"2006-01-02", "2023-13-01"},
		{"15:04", "25:00"},
		{"2006-01-02", "2023-03-15 extra"},
		{time.RFC3339, "2023-03-15 10:30:00"},
		{"Jan 2006", "Foo 2020"},
		{"2006-01-02T15:04:05Z07:00", "2023-03-15T10:30:00+0200"},
	}
	for _, b := range bad {
		_, err := time.Parse(b.layout, b.value)
		fmt.Println(err)
		if pe, ok := err.(*time.ParseError); ok {
			fmt.Printf("  %q %q %q\n", pe.LayoutElem, pe.ValueElem, pe.Message)
		}
	}
}
