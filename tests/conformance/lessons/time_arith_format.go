package main

import (
	"fmt"
	"time"
)

// Time arithmetic and formatting with fixed dates: Add, Sub, AddDate, Truncate, Round, comparisons,
// weekdays, layouts, durations' methods and Parse of Go's reference layouts.
func main() {
	start := time.Date(2023, time.March, 31, 22, 45, 30, 500_000_000, time.UTC)
	fmt.Println(start)
	fmt.Println(start.Format(time.RFC3339), start.Format(time.RFC3339Nano))
	fmt.Println(start.Format("Mon Jan 2 15:04:05 2006"), "|", start.Format("02/01/06 03:04PM"))
	fmt.Println(start.Format(time.Kitchen), start.Format("2006-01-02"), start.Format(time.ANSIC))

	end := start.Add(90*time.Minute + 15*time.Second)
	fmt.Println(end, end.Weekday(), end.YearDay())
	fmt.Println(end.Sub(start), start.Sub(end), end.After(start), end.Before(start))
	fmt.Println(start.AddDate(0, 1, 0).Format("Jan 2"), start.AddDate(0, 0, 1).Format("Jan 2"), start.AddDate(1, -3, 0).Format("2006-01-02"))

	d := end.Sub(start)
	fmt.Printf("%.2f hours, %.1f minutes, %.0f seconds, %d ms\n", d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute), d.Truncate(10*time.Minute))
	fmt.Println(start.Truncate(time.Hour).Format("15:04:05"), start.Round(time.Minute).Format("15:04:05.000"))

	deadline := start.Add(2 * time.Hour)
	for _, t := range []time.Time{start, end, deadline, deadline.Add(time.Nanosecond)} {
		left := deadline.Sub(t)
		switch {
		case left > time.Hour:
			fmt.Println("plenty of time:", left)
		case left > 0:
			fmt.Println("hurry:", left)
		case left == 0:
			fmt.Println("exactly now")
		default:
			fmt.Println("late by", -left)
		}
	}

	durations := []time.Duration{0, 999, 1500 * time.Microsecond, 61 * time.Second, 36*time.Hour + 1, -90 * time.Second}
	for _, d := range durations {
		fmt.Printf("%v(%d) ", d, int64(d))
	}
	fmt.Println()

	t, err := time.Parse("2006-01-02 15:04", "2024-02-29 07:30")
	fmt.Println(t, err, t.Weekday(), t.Unix())
	_, err = time.Parse("2006-01-02", "2023-02-29")
	fmt.Println(err)
	d2, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(d2, err, d2.Seconds())
	_, err = time.ParseDuration("5 minutes")
	fmt.Println(err)
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Duration(1.5*float64(time.Second)))
	y, m, dd := start.Date()
	h, mi, s := start.Clock()
	fmt.Println(y, m, dd, h, mi, s, start.Nanosecond(), start.Month() == time.March, int(m))
	fmt.Println(start.Equal(start.Add(0)), start.IsZero(), time.Time{}.IsZero(), time.Time{})
}
