//! The built-in type objects and the exception hierarchy, created once at start-up.
//!
//! Each built-in type is a [`PyType`] with `builtin = true`; its methods are filled
//! into its dict by the per-type modules (`runtime::builtin_types::*`) after all
//! types exist, because methods refer to other types. Exceptions are one table
//! (name, base) so the hierarchy reads like CPython's documentation.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::runtime::dict::PyDict;
use crate::runtime::object::{BaseKind, PyType, TypeRef};

pub fn new_type(
    name: &str,
    bases: Vec<TypeRef>,
    kind: BaseKind,
    builtin: bool,
    has_dict: bool,
) -> TypeRef {
    let t = Rc::new(PyType {
        name: RefCell::new(name.into()),
        qualname: RefCell::new(name.into()),
        module: RefCell::new("builtins".into()),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: RefCell::new(PyDict::new()),
        metaclass: RefCell::new(None),
        kind,
        builtin,
        version: Cell::new(crate::runtime::attr::next_type_version()),
        has_instance_dict: has_dict,
        slots: None,
        weak_self: RefCell::new(std::rc::Weak::new()),
        subclasses: RefCell::new(Vec::new()),
        flags_cache: Cell::new((0, 0)),
    });
    *t.weak_self.borrow_mut() = Rc::downgrade(&t);
    // Built-in hierarchies are single inheritance: MRO is self + base's MRO.
    let mut mro = vec![t.clone()];
    if let Some(b) = bases.first() {
        mro.extend(b.mro.borrow().iter().cloned());
    }
    *t.mro.borrow_mut() = mro;
    for b in &bases {
        b.subclasses.borrow_mut().push(Rc::downgrade(&t));
    }
    t
}

macro_rules! builtin_types {
    ($( $field:ident : $name:literal, $base:literal, $kind:ident; )*) => {
        pub struct Types {
            pub object: TypeRef,
            $( pub $field: TypeRef, )*
        }
        impl Types {
            pub fn create() -> Types {
                let mut made: std::collections::HashMap<&'static str, TypeRef> = std::collections::HashMap::new();
                made.insert("object", new_type("object", vec![], BaseKind::Object, true, false));
                let type_ = new_type("type", vec![made["object"].clone()], BaseKind::Type, true, false);
                made.insert("type", type_);
                $(
                    if !made.contains_key($name) {
                        let kind = BaseKind::$kind;
                        let t = new_type($name, vec![made[$base].clone()], kind, true, kind == BaseKind::Exception);
                        made.insert($name, t);
                    }
                )*
                Types { object: made["object"].clone(), $( $field: made[$name].clone(), )* }
            }
            pub fn all(&self) -> Vec<TypeRef> {
                vec![self.object.clone(), $( self.$field.clone(), )*]
            }
        }
    };
}

builtin_types! {
    type_: "type", "object", Type;
    int: "int", "object", Int;
    bool_: "bool", "int", Bool;
    float: "float", "object", Float;
    complex: "complex", "object", Complex;
    str: "str", "object", Str;
    bytes: "bytes", "object", Bytes;
    bytearray: "bytearray", "object", ByteArray;
    list: "list", "object", List;
    tuple: "tuple", "object", Tuple;
    dict: "dict", "object", Dict;
    set: "set", "object", Set;
    frozenset: "frozenset", "object", FrozenSet;
    none_type: "NoneType", "object", Internal;
    ellipsis_type: "ellipsis", "object", Internal;
    not_implemented_type: "NotImplementedType", "object", Internal;
    function: "function", "object", Internal;
    builtin_function: "builtin_function_or_method", "object", Internal;
    method: "method", "object", Internal;
    module: "module", "object", Module;
    cell: "cell", "object", Internal;
    range: "range", "object", Internal;
    slice: "slice", "object", Internal;
    generator: "generator", "object", Internal;
    coroutine: "coroutine", "object", Internal;
    async_generator: "async_generator", "object", Internal;
    async_generator_asend: "async_generator_asend", "object", Internal;
    async_generator_athrow: "async_generator_athrow", "object", Internal;
    coroutine_wrapper: "coroutine_wrapper", "object", Internal;
    property: "property", "object", Property;
    classmethod: "classmethod", "object", ClassMethod;
    staticmethod: "staticmethod", "object", StaticMethod;
    super_: "super", "object", Internal;
    code: "code", "object", Internal;
    traceback: "traceback", "object", Internal;
    frame: "frame", "object", Internal;
    getset_descriptor: "getset_descriptor", "object", Internal;
    member_descriptor: "member_descriptor", "object", Internal;
    mappingproxy: "mappingproxy", "object", Internal;
    dict_keys: "dict_keys", "object", Internal;
    dict_values: "dict_values", "object", Internal;
    dict_items: "dict_items", "object", Internal;
    weakref: "weakref", "object", Internal;
    list_iterator: "list_iterator", "object", Internal;
    tuple_iterator: "tuple_iterator", "object", Internal;
    range_iterator: "range_iterator", "object", Internal;
    longrange_iterator: "longrange_iterator", "object", Internal;
    str_iterator: "str_ascii_iterator", "object", Internal;
    dict_keyiterator: "dict_keyiterator", "object", Internal;
    dict_valueiterator: "dict_valueiterator", "object", Internal;
    dict_itemiterator: "dict_itemiterator", "object", Internal;
    set_iterator: "set_iterator", "object", Internal;
    seq_iterator: "iterator", "object", Internal;
    callable_iterator: "callable_iterator", "object", Internal;
    enumerate: "enumerate", "object", Internal;
    zip: "zip", "object", Internal;
    map: "map", "object", Internal;
    filter: "filter", "object", Internal;
    reversed: "reversed", "object", Internal;
    base_exception: "BaseException", "object", Exception;
}

/// The exception hierarchy below BaseException, in CPython's documented order.
pub const EXCEPTION_TABLE: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("BaseExceptionGroup", "BaseException"),
];
