// Embedded structs: promoted fields and methods, outer methods shadowing inner ones, and %+v output.
package main

import "fmt"

type animal struct {
	Name string
	Legs int
}

func (a animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a animal) Sound() string    { return "..." }

type dog struct {
	animal
	Breed string
}

func (d dog) Sound() string { return "woof" }

func main() {
	d := dog{animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.animal.Sound())
	d.Legs = 3
	fmt.Println(d.animal.Legs)
	fmt.Printf("%v\n%+v\n", d, d)
}
