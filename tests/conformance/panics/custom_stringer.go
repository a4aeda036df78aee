// exit: 2
// panic with a value whose type has a String method: the runtime prints String()'s text.
package main

type level int

func (l level) String() string { return "level-as-string" }

func main() {
	panic(level(3))
}
