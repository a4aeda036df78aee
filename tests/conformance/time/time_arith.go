// Arithmetic on time.Time: Add, Sub, AddDate, Before/After/Equal, Truncate and Round to a
// unit, Unix conversions; and Since/Until on the run clock (compared, never printed).
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 30), t.AddDate(-1, 0, 0).Weekday(), t.AddDate(0, 0, -5).Format("Jan 2"))
	fmt.Println(t.Truncate(time.Hour), t.Round(time.Hour), t.Truncate(24*time.Hour), t.Round(time.Millisecond))
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.Unix(1700000000, 5e8).Unix(), time.UnixMilli(1700000000123).Format(time.StampMilli))
	deadline := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(deadline.Sub(t).Hours() > 50000, t.Add(-time.Hour).Before(t))
	start := time.Now()
	time.Sleep(25 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 25*time.Millisecond, elapsed < time.Second, time.Until(start) < 0, start.Before(time.Now()))
	later := start.Add(time.Minute)
	fmt.Println(later.Sub(start), later.After(start), start.Equal(start.Add(0)))
}
