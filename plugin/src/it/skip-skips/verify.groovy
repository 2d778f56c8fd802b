def log = new File(basedir, 'build.log').text
assert log.contains('keepalive-lint: skipped')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/keepalive-lint.sarif').exists()
