def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/java/com/acme/locks/LockService.java:[8,35] ping-without-calls: jetcd client Client.builder() (jetcd 0.8.6) pings idle connections')
assert log.contains('GOAWAY ENHANCE_YOUR_CALM "too_many_pings"')
assert log.contains('keepalive-lint: 1 error, 0 warnings, 0 notes')
assert log.contains('keepalive-lint found 1 error')
assert !log.contains('at dev.keepalivelint') : 'no stack trace for findings'
assert new File(basedir, 'target/keepalive-lint.sarif').isFile()
