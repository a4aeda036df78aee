// exit: 255
// Exit codes are taken modulo 256 by the system: os.Exit(255).
package main

import "os"

func main() {
	os.Exit(255)
}
