// farol/testing/server: the sandbox over real HTTP (node only).
export {}
