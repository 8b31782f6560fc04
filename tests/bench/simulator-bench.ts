// The simulator's loopback request rate (list and state endpoints), as part of `npm run bench`.
import '../simulator/bench.ts'
