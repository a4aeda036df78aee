// Go checks a function literal's body after the statement holding it (its call's arguments come
// first), and the bodies of package-level function literals among the function bodies in source
// order. Past ten errors the order decides which errors are printed.
package main

func helper() {
	undefinedH1()
	undefinedH2()
	undefinedH3()
	undefinedH4()
	undefinedH5()
	undefinedH6()
}

var handler = func() {
	undefinedG1()
}

func main() {
	go func(n int) {
		undefinedA1()
		undefinedA2()
	}(undefinedB)
	undefinedJ()
}

var handler2 = func() {
	undefinedG2()
}
