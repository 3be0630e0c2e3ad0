/* govletter.extract._glyphs: the per-character loop of page_glyphs, in C.
 *
 * This is a translation of ``_glyph_loop`` in pdfium.py, which stays the reference: the same calls
 * into PDFium in the same order, the same skips, the same arithmetic in double in the same order
 * (PDFium's float32 boxes and matrix widened to double, as Python widens them; the build turns off
 * floating-point contraction so that no a*b+c becomes one fused step), and the same list of
 * (top, x0, x1, bottom, size, text) tuples. Change the two together; tests/test_glyphs_c.py checks
 * that they agree on every fixture and corpus PDF.
 *
 * PDFium is not linked: the caller passes the addresses of the PDFium functions that pypdfium2 has
 * loaded (the ones its ctypes bindings call) and the text page's raw handle. Every constant (the
 * ascent, the slope, the hyphen marks, the map to the shown page) and math.hypot are passed in from
 * Python, so that each is defined once. The loop reads only the text it is given, so a count from
 * PDFium that disagrees with it cannot make it read out of bounds; PDFium checks the indices.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <math.h>

#if defined(_WIN32) && !defined(_WIN64)
#define FPDF_CALLCONV __stdcall
#else
#define FPDF_CALLCONV
#endif

typedef struct { float left, top, right, bottom; } Rect;          /* FS_RECTF */
typedef struct { float a, b, c, d, e, f; } Matrix;                 /* FS_MATRIX */

typedef void *(FPDF_CALLCONV *TextObjectFn)(void *, int);         /* FPDFText_GetTextObject */
typedef int (FPDF_CALLCONV *BoxFn)(void *, int, Rect *);           /* FPDFText_GetLooseCharBox */
typedef int (FPDF_CALLCONV *MatrixFn)(void *, int, Matrix *);      /* FPDFText_GetMatrix */
typedef double (FPDF_CALLCONV *SizeFn)(void *, int);               /* FPDFText_GetFontSize */
typedef int (FPDF_CALLCONV *FlagFn)(void *, int);                  /* FPDFText_IsGenerated, _IsHyphen */

#define MAX_MARKS 8

/* A pointer from a Python int; NULL with an exception set when it is not one, or is 0. */
static void *
address(PyObject *value, const char *what)
{
    void *p = PyLong_AsVoidPtr(value);
    if (p == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_ValueError, "%s: a null address", what);
    return p;
}

/* A glyph tuple; steals nothing: the shared top, bottom and size objects get a new reference each. */
static PyObject *
glyph(PyObject *top, double x0, double x1, PyObject *bottom, PyObject *size, PyObject *text)
{
    PyObject *left = PyFloat_FromDouble(x0), *right = left ? PyFloat_FromDouble(x1) : NULL;
    PyObject *t = right ? PyTuple_New(6) : NULL;
    if (t == NULL) {
        Py_XDECREF(left);
        Py_XDECREF(right);
        return NULL;
    }
    Py_INCREF(top);
    Py_INCREF(bottom);
    Py_INCREF(size);
    PyTuple_SET_ITEM(t, 0, top);
    PyTuple_SET_ITEM(t, 1, left);
    PyTuple_SET_ITEM(t, 2, right);
    PyTuple_SET_ITEM(t, 3, bottom);
    PyTuple_SET_ITEM(t, 4, size);
    PyTuple_SET_ITEM(t, 5, text);  /* the caller's new reference */
    return t;
}

/* math.hypot(a, b) through the function passed in (the C library's hypot rounds differently in
 * about one case in 500); read once per text object on turned pages only. */
static int
call_hypot(PyObject *hypot, double a, double b, double *out)
{
    PyObject *args[2], *r;
    args[0] = PyFloat_FromDouble(a);
    args[1] = args[0] ? PyFloat_FromDouble(b) : NULL;
    r = args[1] ? PyObject_Vectorcall(hypot, args, 2, NULL) : NULL;
    Py_XDECREF(args[0]);
    Py_XDECREF(args[1]);
    if (r == NULL)
        return -1;
    *out = PyFloat_AsDouble(r);
    Py_DECREF(r);
    return (*out == -1.0 && PyErr_Occurred()) ? -1 : 0;
}

PyDoc_STRVAR(page_glyphs_doc,
"page_glyphs(calls, textpage, text, height, rotation, shown, ascent, slope, hyphen_marks, hypot)\n"
"--\n\n"
"The glyphs of ``_glyph_loop`` in govletter/extract/pdfium.py (its translation): ``calls`` the\n"
"addresses of FPDFText_GetTextObject, _GetLooseCharBox, _GetMatrix, _GetFontSize, _IsGenerated and\n"
"_IsHyphen; ``textpage`` the text page's raw handle's address; ``text`` its characters, one per\n"
"index; ``shown`` (p, q, s, u, v, w). Private to govletter: wrong addresses crash the process.");

static PyObject *
page_glyphs(PyObject *module, PyObject *args)
{
    PyObject *calls, *textpage, *text, *marks_tuple, *hypot;
    double height, p, q, s, u, v, w, ascent, slope;
    int rotation;
    (void)module;
    if (!PyArg_ParseTuple(args, "O!OUdi(dddddd)ddO!O:page_glyphs", &PyTuple_Type, &calls, &textpage,
                          &text, &height, &rotation, &p, &q, &s, &u, &v, &w, &ascent, &slope,
                          &PyTuple_Type, &marks_tuple, &hypot))
        return NULL;
    if (PyTuple_GET_SIZE(calls) != 6) {
        PyErr_SetString(PyExc_ValueError, "calls: six addresses expected");
        return NULL;
    }
    void *fn[6];
    for (Py_ssize_t k = 0; k < 6; k++)
        if ((fn[k] = address(PyTuple_GET_ITEM(calls, k), "calls")) == NULL)
            return NULL;
    TextObjectFn text_object = (TextObjectFn)fn[0];
    BoxFn loose_box = (BoxFn)fn[1];
    MatrixFn get_matrix = (MatrixFn)fn[2];
    SizeFn font_size = (SizeFn)fn[3];
    FlagFn is_generated = (FlagFn)fn[4], is_hyphen = (FlagFn)fn[5];
    void *tp = address(textpage, "textpage");
    if (tp == NULL)
        return NULL;
    Py_ssize_t n_marks = PyTuple_GET_SIZE(marks_tuple);
    Py_UCS4 marks[MAX_MARKS];
    if (n_marks < 1 || n_marks > MAX_MARKS) {
        PyErr_SetString(PyExc_ValueError, "hyphen_marks: one to eight characters expected");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < n_marks; k++) {
        PyObject *m = PyTuple_GET_ITEM(marks_tuple, k);
        if (!PyUnicode_Check(m) || PyUnicode_GET_LENGTH(m) != 1) {
            PyErr_SetString(PyExc_ValueError, "hyphen_marks: one-character strings expected");
            return NULL;
        }
        marks[k] = PyUnicode_READ_CHAR(m, 0);
    }
    if (!PyCallable_Check(hypot)) {
        PyErr_SetString(PyExc_TypeError, "hypot: a function expected");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return NULL;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (n > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "text: more characters than a text page holds");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);

    PyObject *glyphs = PyList_New(0), *dash = PyUnicode_FromOrdinal('-');
    PyObject *top_o = NULL, *bottom_o = NULL, *size_o = NULL;  /* the current object's, shared */
    if (glyphs == NULL || dash == NULL)
        goto error;
    void *obj = NULL;
    int have_obj = 0, upright = 0;
    double size = 0.0, top = 0.0, bottom = 0.0;
    Matrix matrix;
    Rect box;
    for (int i = 0; i < (int)n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        int hyphen = 0;
        if (ch <= ' ' || ch == marks[0]) {  /* (the other mark is a control: <= ' ') */
            if (ch == ' ') {
                if (is_generated(tp, i))
                    continue;  /* PDFium's own guessed spaces */
            } else {
                int mark = 0;
                for (Py_ssize_t k = 0; k < n_marks; k++)
                    mark |= ch == marks[k];
                if (mark && is_hyphen(tp, i))
                    hyphen = 1;  /* a printed '-' at a line's end */
                else
                    continue;  /* controls */
            }
        }
        void *this = text_object(tp, i);
        if (!have_obj || this != obj) {
            have_obj = 1;
            obj = this;
            if (!get_matrix(tp, i, &matrix)) {
                upright = 0;
                continue;
            }
            double a = matrix.a, b = matrix.b, c = matrix.c, d = matrix.d, e = matrix.e, f = matrix.f;
            double baseline;
            if (b == 0.0 && c == 0.0 && !rotation) {
                upright = a > 0.0;
                size = upright ? font_size(tp, i) * fabs(d) : 0.0;
                baseline = height - f;
            } else {
                double across;
                if (call_hypot(hypot, a, b, &across) < 0)
                    goto error;
                double dx = p * a + q * b, dy = u * a + v * b;
                upright = across > 0 && dx > 0 && fabs(dy) < slope * dx;
                size = upright ? font_size(tp, i) * fabs(a * d - b * c) / across : 0.0;
                baseline = u * e + v * f + w;
            }
            top = baseline - ascent * size;
            bottom = top + size;
            Py_CLEAR(top_o);
            Py_CLEAR(bottom_o);
            Py_CLEAR(size_o);
            if ((top_o = PyFloat_FromDouble(top)) == NULL || (bottom_o = PyFloat_FromDouble(bottom)) == NULL
                || (size_o = PyFloat_FromDouble(size)) == NULL)
                goto error;
        }
        if (upright && loose_box(tp, i, &box)) {
            double x0, x1;
            if (rotation) {
                double left = p * (double)box.left + q * (double)box.bottom + s;
                double right = p * (double)box.right + q * (double)box.top + s;
                if (right < left) {  /* sorted((left, right)) */
                    x0 = right;
                    x1 = left;
                } else {
                    x0 = left;
                    x1 = right;
                }
            } else {
                x0 = box.left;
                x1 = box.right;
            }
            PyObject *chr;
            if (hyphen) {
                Py_INCREF(dash);
                chr = dash;
            } else if ((chr = PyUnicode_FromOrdinal((int)ch)) == NULL)
                goto error;
            PyObject *g = glyph(top_o, x0, x1, bottom_o, size_o, chr);
            if (g == NULL) {
                Py_DECREF(chr);
                goto error;
            }
            int failed = PyList_Append(glyphs, g);
            Py_DECREF(g);
            if (failed)
                goto error;
        }
    }
    Py_XDECREF(top_o);
    Py_XDECREF(bottom_o);
    Py_XDECREF(size_o);
    Py_DECREF(dash);
    return glyphs;
error:
    Py_XDECREF(top_o);
    Py_XDECREF(bottom_o);
    Py_XDECREF(size_o);
    Py_XDECREF(dash);
    Py_XDECREF(glyphs);
    return NULL;
}

static PyMethodDef methods[] = {
    {"page_glyphs", page_glyphs, METH_VARARGS, page_glyphs_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "govletter.extract._glyphs",
    "The per-character glyph loop of govletter.extract.pdfium in C (an optional build).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit__glyphs(void)
{
    return PyModule_Create(&module);
}
