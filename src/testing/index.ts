// farol/testing: the sandbox (a simulated Pluggy API) for stories and tests.
export {}
