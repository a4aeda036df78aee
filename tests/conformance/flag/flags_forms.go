// args: -v=false --n 7 -name=x=y -rate 2.5 rest1 -notaflag rest2
// Flag forms: -flag=value, --flag value, a value containing '=', bool flags with =false, and
// the first non-flag argument ending the flags (later ones are positional).
package main

import (
	"flag"
	"fmt"
)

func main() {
	v := flag.Bool("v", true, "verbose")
	n := flag.Int("n", 1, "count")
	name := flag.String("name", "", "name")
	rate := flag.Float64("rate", 1, "rate")
	flag.Parse()
	fmt.Println(*v, *n, *name, *rate)
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(1), flag.NFlag(), flag.Parsed())
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	flag.VisitAll(func(f *flag.Flag) { fmt.Print(f.Name, ":", f.DefValue, " ") })
	fmt.Println()
	fmt.Println(flag.Lookup("n").Usage, flag.Lookup("missing") == nil, flag.Set("n", "9"), *n)
}
