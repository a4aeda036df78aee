// goroscope's package sync (compiled with every program that imports it). Functions without a
// body are natives, implemented in C++ (engine/vm/src/natives.cpp, lib_*.cpp).
package sync

type Locker interface {
	Lock()
	Unlock()
}

// Each type keeps its runtime object in h and mirrors Go's fields after it (see natives.cpp).
type Mutex struct {
	h     __handle
	state int32
	sema  uint32
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	h           __handle
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()
func (m *RWMutex) TryLock() bool
func (m *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

type noCopy struct{}

type WaitGroup struct {
	h      __handle
	noCopy noCopy
	state1 uint64
	state2 uint32
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct {
	h    __handle
	done uint32
	m    Mutex
}

// Cond: waiters park on channels of their own, released in FIFO order by Signal.
type Cond struct {
	noCopy  noCopy
	L       Locker
	waiters []chan struct{}
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	ch := make(chan struct{})
	c.waiters = append(c.waiters, ch)
	c.L.Unlock()
	__condWait(ch, struct{}{})
	c.L.Lock()
}

func __condWait(ch chan struct{}, slot struct{})

func (c *Cond) Signal() {
	if len(c.waiters) > 0 {
		ch := c.waiters[0]
		c.waiters = c.waiters[1:]
		close(ch)
	}
}

func (c *Cond) Broadcast() {
	for _, ch := range c.waiters {
		close(ch)
	}
	c.waiters = nil
}

// Map: a map safe for concurrent use; its mutex orders the goroutines using it.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

func (m *Map) store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	m.store(key, value)
	m.mu.Unlock()
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.store(key, value)
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	previous, loaded = m.m[key]
	m.store(key, value)
	m.mu.Unlock()
	return
}

func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

func (m *Map) CompareAndDelete(key, old any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each entry (over a snapshot of the keys, so f may use the map) until f
// returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			break
		}
	}
}

// Pool: a free list; Get returns the most recently Put value, or New's.
// Pool behaves as Go's does on one processor: Put fills a private slot first, then a shared
// stack; Get takes the private item, then the newest shared one. Every collection moves what the
// pool holds to a victim cache (Get takes its private item, then its oldest) and drops the
// previous victim, so an item survives one GC but not two.
type Pool struct {
	noCopy noCopy

	private       any
	shared        []any // pushed and popped at the end (Go's head)
	victimPrivate any
	victim        []any // taken from the front (Go's tail)
	collections   uint32 // the collector's count when the pool was last aged

	New func() any
}

func __gcCount() uint32

func (p *Pool) age() {
	n := __gcCount()
	if n == p.collections {
		return
	}
	if n-p.collections == 1 {
		p.victimPrivate, p.victim = p.private, p.shared
	} else {
		p.victimPrivate, p.victim = nil, nil
	}
	p.private, p.shared = nil, nil
	p.collections = n
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.age()
	if p.private == nil {
		p.private = x
		return
	}
	p.shared = append(p.shared, x)
}

func (p *Pool) Get() any {
	p.age()
	x := p.private
	p.private = nil
	if x == nil && len(p.shared) > 0 {
		x = p.shared[len(p.shared)-1]
		p.shared = p.shared[:len(p.shared)-1]
	}
	if x == nil && p.victimPrivate != nil {
		x, p.victimPrivate = p.victimPrivate, nil
	}
	if x == nil && len(p.victim) > 0 {
		x = p.victim[0]
		p.victim = p.victim[1:]
	}
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}

func __onceBegin(o *Once) bool
func __onceEnd(o *Once)

func (o *Once) Do(f func()) {
	if __onceBegin(o) {
		defer __onceEnd(o)
		f()
	}
}
