// time.Time built with time.Date prints like Go: String, Format with the standard layouts and
// custom ones (padding, 12-hour clock, fractions, zones), calendar methods and normalisation.
package main

import (
	"fmt"
	"time"
)

type Event struct {
	Name string
	At   time.Time
}

func main() {
	t := time.Date(2023, time.March, 5, 14, 7, 9, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Jan _2 3:04PM"), t.Format("Monday, January 2, 2006"))
	fmt.Println(t.Format(time.ANSIC), "|", t.Format(time.RFC1123), "|", t.Format(time.RFC822Z))
	fmt.Println(t.Format("02/01/06 .999 ,000 pm MST -07:00 Z07:00 __2 002 1 2 3 4 5"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	y, m, d := t.Date()
	fmt.Println(y, m, d, int(m), m.String()[:3])
	fmt.Println(time.Date(2024, 13, 32, 25, 61, 61, 0, time.UTC))
	fmt.Println(time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC).Add(time.Nanosecond))
	fmt.Println(time.February, time.Saturday, time.Month(13))
	fmt.Println(t.Unix(), t.UnixNano(), t.UnixMilli())
	fmt.Printf("%s|%v|%d\n", t.Month(), t.Weekday(), t.Month())
	e := Event{"launch", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)}
	fmt.Printf("%v\n%+v\n", e, e)
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Year(), z == time.Time{})
}
