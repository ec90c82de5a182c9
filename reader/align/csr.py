"""Just enough of a CSR sparse matrix for `vector`, on scipy's own C kernels, without `import scipy.sparse`.

`import scipy.sparse` costs about 0.13 s (its array-API layer loads numpy.testing, numpy.f2py, numpy.ma,
...), a tenth of what aligning two 10,000-sentence articles takes. The aligner needs five operations on 0/1
feature matrices: gather rows, element-wise product, product by a dense vector, product of two matrices,
and building a matrix from its arrays. scipy.sparse computes each of them in one kernel of its C++ extension
`scipy.sparse._sparsetools`, which this module loads on its own (a file in scipy's package folder, found
without running `scipy/__init__.py` or `scipy/sparse/__init__.py`) and calls with the arguments scipy.sparse
passes: the results are bit for bit those of `csr_matrix` (tests/test_align_csr.py), including the order in
which the product by a vector adds a row's terms.

If the extension cannot be found that way (another layout of scipy), it is imported through scipy.sparse.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
from types import ModuleType
from typing import Any, NamedTuple

import numpy as np

_INT32_MAX = np.iinfo(np.int32).max
#: The kernels used here (stable in scipy since long before 1.11; tests/test_align_csr.py checks them against
#: scipy.sparse on every run of the suite).
_KERNELS = ("csr_row_index", "csr_elmul_csr", "csr_matvec", "csr_matmat_maxnnz", "csr_matmat")


def _load_kernels() -> ModuleType:
    """`scipy.sparse._sparsetools`, loaded from its file without importing scipy.sparse when possible."""
    name = "scipy.sparse._sparsetools"
    scipy_spec = importlib.util.find_spec("scipy")  # finds the package, does not run its __init__
    folders = scipy_spec.submodule_search_locations if scipy_spec is not None else None
    if folders:
        finder = importlib.machinery.FileFinder(
            os.path.join(next(iter(folders)), "sparse"),
            (importlib.machinery.ExtensionFileLoader, importlib.machinery.EXTENSION_SUFFIXES))
        spec = finder.find_spec(name)
        if spec is not None and spec.loader is not None:
            try:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            except (ImportError, OSError):  # pragma: no cover (a build that needs its package loaded)
                pass
            else:
                if all(hasattr(module, k) for k in _KERNELS):
                    return module
    from scipy.sparse import _sparsetools  # pragma: no cover (other layouts)

    return _sparsetools  # pragma: no cover


_kernels = _load_kernels()


class Csr(NamedTuple):
    """A float64 CSR matrix: `data[indptr[r]:indptr[r + 1]]` at columns `indices[...]` make row r."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    shape: tuple[int, int]

    @property
    def nnz(self) -> int:
        """The number of stored entries."""
        return int(self.indptr[-1])

    def to_scipy(self) -> Any:
        """The same matrix as a `scipy.sparse.csr_matrix` (for tests; imports scipy.sparse)."""
        from scipy import sparse

        return sparse.csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


def csr(data: np.ndarray, indices: np.ndarray, indptr: np.ndarray, shape: tuple[int, int]) -> Csr:
    """A matrix from its arrays (indices and indptr stored in one index type, data as float64)."""
    dtype = np.int32 if max(int(indptr[-1]) if len(indptr) else 0, *shape) <= _INT32_MAX else np.int64
    return Csr(indptr.astype(dtype, copy=False), indices.astype(dtype, copy=False),
               data.astype(np.float64, copy=False), (int(shape[0]), int(shape[1])))


def take_rows(a: Csr, index: np.ndarray) -> Csr:
    """Rows `index` of `a`, in that order (scipy: `a[index]`, kernel `csr_row_index`)."""
    index = index.astype(a.indptr.dtype, copy=False)
    indptr = np.zeros(len(index) + 1, dtype=a.indptr.dtype)
    np.cumsum(a.indptr[index + 1] - a.indptr[index], out=indptr[1:])
    nnz = int(indptr[-1])
    indices = np.empty(nnz, dtype=a.indptr.dtype)
    data = np.empty(nnz, dtype=np.float64)
    if len(index):
        _kernels.csr_row_index(len(index), index, a.indptr, a.indices, a.data, indices, data)
    return Csr(indptr, indices, data, (len(index), a.shape[1]))


def multiply(a: Csr, b: Csr) -> Csr:
    """The element-wise product of two matrices of one shape (scipy: `a.multiply(b)`, `csr_elmul_csr`)."""
    maxnnz = a.nnz + b.nnz
    dtype = np.int32 if max(maxnnz, *a.shape) <= _INT32_MAX else np.int64
    indptr = np.empty(a.shape[0] + 1, dtype=dtype)
    indices = np.empty(maxnnz, dtype=dtype)
    data = np.empty(maxnnz, dtype=np.float64)
    _kernels.csr_elmul_csr(a.shape[0], a.shape[1], a.indptr.astype(dtype, copy=False),
                           a.indices.astype(dtype, copy=False), a.data, b.indptr.astype(dtype, copy=False),
                           b.indices.astype(dtype, copy=False), b.data, indptr, indices, data)
    nnz = int(indptr[-1])
    return Csr(indptr, indices[:nnz], data[:nnz], a.shape)


def matvec(a: Csr, x: np.ndarray) -> np.ndarray:
    """`a @ x` for a dense float64 vector x (`csr_matvec`: each row's terms added in stored order)."""
    out = np.zeros(a.shape[0], dtype=np.float64)
    _kernels.csr_matvec(a.shape[0], a.shape[1], a.indptr, a.indices, a.data, x, out)
    return out


def matmat(a: Csr, b: Csr) -> Csr:
    """`a @ b` (scipy: `csr_matmat_maxnnz`, then `csr_matmat`; a row's columns are not sorted)."""
    m, n = a.shape[0], b.shape[1]
    dtype = np.int32 if max(a.nnz, b.nnz, m, n, *b.shape) <= _INT32_MAX else np.int64
    ap, aj = a.indptr.astype(dtype, copy=False), a.indices.astype(dtype, copy=False)
    bp, bj = b.indptr.astype(dtype, copy=False), b.indices.astype(dtype, copy=False)
    nnz = int(_kernels.csr_matmat_maxnnz(m, n, ap, aj, bp, bj))
    if nnz > _INT32_MAX:  # pragma: no cover (over 2**31 entries)
        dtype = np.int64
        ap, aj, bp, bj = (x.astype(dtype) for x in (ap, aj, bp, bj))
    indptr = np.empty(m + 1, dtype=dtype)
    indices = np.empty(nnz, dtype=dtype)
    data = np.empty(nnz, dtype=np.float64)
    _kernels.csr_matmat(m, n, ap, aj, a.data, bp, bj, b.data, indptr, indices, data)
    return Csr(indptr, indices, data, (m, n))
