package outdir

import "golang.org/x/sys/unix"

// exchange swaps two existing paths atomically (renameat2 RENAME_EXCHANGE),
// so there is no moment at which the final report name is missing. It
// returns errExchange where the kernel or file system does not support it.
func exchange(a, b string) error {
	err := unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
	if err == unix.ENOSYS || err == unix.EINVAL || err == unix.EOPNOTSUPP {
		return errExchange
	}
	return err
}
