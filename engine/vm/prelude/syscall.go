// goroscope's package syscall: only the signal numbers that os/signal programs name.
package syscall

type Signal int

const (
	SIGHUP  Signal = 0x1
	SIGINT  Signal = 0x2
	SIGQUIT Signal = 0x3
	SIGKILL Signal = 0x9
	SIGUSR1 Signal = 0xa
	SIGUSR2 Signal = 0xc
	SIGPIPE Signal = 0xd
	SIGALRM Signal = 0xe
	SIGTERM Signal = 0xf
)

var signalNames = map[Signal]string{
	SIGHUP:  "hangup",
	SIGINT:  "interrupt",
	SIGQUIT: "quit",
	SIGKILL: "killed",
	SIGUSR1: "user defined signal 1",
	SIGUSR2: "user defined signal 2",
	SIGPIPE: "broken pipe",
	SIGALRM: "alarm clock",
	SIGTERM: "terminated",
}

func (s Signal) Signal() {}

func (s Signal) String() string {
	if name, ok := signalNames[s]; ok {
		return name
	}
	return "signal " + itoa(int(s))
}

func itoa(x int) string {
	if x == 0 {
		return "0"
	}
	neg := x < 0
	if neg {
		x = -x
	}
	var b []byte
	for x > 0 {
		b = append([]byte{byte('0' + x%10)}, b...)
		x /= 10
	}
	if neg {
		return "-" + string(b)
	}
	return string(b)
}

// Errno is an error number; only the ones the library reports exist.
type Errno uintptr

const (
	ENOENT Errno = 0x2
	EINVAL Errno = 0x16
)

var errnoNames = map[Errno]string{
	ENOENT: "no such file or directory",
	EINVAL: "invalid argument",
}

func (e Errno) Error() string {
	if s, ok := errnoNames[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}
