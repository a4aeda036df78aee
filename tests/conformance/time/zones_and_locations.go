package main

import (
	"fmt"
	"time"
)

func main() {
	now := time.Now()
	fmt.Println(now.Location(), now.Location() == time.Local)
	u := time.Date(2024, time.March, 10, 12, 0, 0, 0, time.UTC)
	fmt.Println(u.Location(), u.Location() == time.UTC, u.Local().Location())
	fmt.Println(time.Unix(0, 0).Location(), time.Unix(0, 0).UTC())

	ist := time.FixedZone("IST", 5*3600+1800)
	in := u.In(ist)
	fmt.Println(in, in.Location(), in.Hour(), in.Minute())
	fmt.Println(in.Equal(u), in == u, in.Sub(u))
	fmt.Println(in.Format(time.RFC3339), in.Format(time.RFC822Z), in.Format("15:04 MST -07 Z07:00"))
	noName := time.FixedZone("", -4*3600)
	fmt.Println(u.In(noName), u.In(noName).Format("Mon 3PM MST"))
	d := time.Date(2024, time.March, 10, 23, 30, 0, 0, ist)
	fmt.Println(d, d.UTC(), d.AddDate(0, 0, 1))
	fmt.Printf("%v | %#v\n", u, u)
	loc, err := time.LoadLocation("UTC")
	fmt.Println(loc, err, u.In(loc) == u)

	t, _ := time.ParseInLocation("2006-01-02 15:04", "2024-03-10 08:00", ist)
	fmt.Println(t, t.Location(), t.UTC())
	t2, _ := time.ParseInLocation("2006-01-02 15:04 MST", "2024-03-10 08:00 IST", ist)
	fmt.Println(t2, t2.Equal(t))
	t3, _ := time.Parse("2006-01-02 15:04 -0700", "2024-03-10 08:00 +0530")
	fmt.Println(t3, t3.Equal(t), t3.Location())
	t4, _ := time.Parse("2006-01-02 15:04 MST", "2024-03-10 08:00 CET")
	fmt.Println(t4, t4.Location())
}
