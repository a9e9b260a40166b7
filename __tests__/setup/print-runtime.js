// Printed at the start of every test run, so that CI's log shows the runtime the suite ran on.
export default function printRuntime() {
  process.stdout.write(`\ntests run on Node ${process.version}\n`)
}
