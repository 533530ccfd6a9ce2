//! [`Reader`]: how a data file is read (which catalogue's indicators, which encoding), then
//! one method per input.

#[cfg(any(feature = "csv", feature = "json", feature = "xlsx"))]
use std::io::Read;
use std::path::Path;

#[cfg(feature = "csv")]
use super::Encoding;
#[cfg(feature = "csv")]
use super::Regions;
use super::{DataErrorKind, DataErrors, Dataset};
use crate::catalog::Catalog;

/// How to read a data file: the catalogue whose indicators it gives (the embedded one unless
/// [`Reader::catalog`] says otherwise) and, for CSV, its encoding ([`Encoding::Auto`] unless
/// [`Reader::encoding`] says otherwise). Then one `read_*` method per input.
///
/// For the embedded catalogue and a detected encoding, [`Dataset::from_path`],
/// [`Dataset::from_csv_str`] and [`Dataset::from_json_str`] are shortcuts.
///
/// ```
/// use plan_targets::catalog::Catalog;
/// use plan_targets::data::{Encoding, Reader};
///
/// // The embedded catalogue, CSV in GB18030 (`妇女人均预期寿命`, W02's name).
/// let gbk = b"indicator,year,value\n\xb8\xbe\xc5\xae\xc8\xcb\xbe\xf9\xd4\xa4\xc6\xda\xca\xd9\xc3\xfc,2020,78.99\n";
/// let data = Reader::new().encoding(Encoding::Gb18030).read_csv(&gbk[..])?;
/// assert_eq!(data.series("W02").unwrap().get(2020).unwrap().to_string(), "78.99");
///
/// // A catalogue file's indicators: its ids are known, the embedded ones are not.
/// let catalog = Catalog::from_csv_str(
///     "id,plan,area,name,unit,target,attribute,direction,period\n\
///      G1,outline,教育,高中阶段毛入学率,%,≥90,,,2010-2020\n",
/// )?
/// .leak();
/// let reader = Reader::new().catalog(catalog);
/// let data = reader.read_csv("indicator,year,value\nG1,2015,86.5\n".as_bytes())?;
/// assert_eq!(data.series("G1").unwrap().get(2015).unwrap().to_string(), "86.5");
/// assert!(reader.read_csv("indicator,year,value\nW03,2015,8\n".as_bytes()).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug)]
#[must_use]
pub struct Reader {
    catalog: &'static Catalog,
    #[cfg(feature = "csv")]
    encoding: Encoding,
}

impl Default for Reader {
    fn default() -> Reader {
        Reader::new()
    }
}

impl Reader {
    /// Indicators of the embedded catalogue; CSV in any encoding [`Encoding::Auto`] detects.
    pub fn new() -> Reader {
        Reader {
            catalog: Catalog::embedded(),
            #[cfg(feature = "csv")]
            encoding: Encoding::Auto,
        }
    }

    /// Indicators of `catalog` (a catalogue file's, [`Catalog::leak`]) instead of the embedded
    /// one's.
    #[cfg_attr(not(feature = "csv"), allow(clippy::needless_update))]
    pub fn catalog(self, catalog: &'static Catalog) -> Reader {
        Reader { catalog, ..self }
    }

    #[cfg(feature = "csv")]
    /// CSV in `encoding` ([`Encoding::Auto`]: UTF-8, UTF-16 with a byte order mark, or GB18030
    /// when the input is not UTF-8). JSON and Excel ignore it.
    pub fn encoding(self, encoding: Encoding) -> Reader {
        Reader { encoding, ..self }
    }

    /// Reads a `.csv`, `.json` or `.xlsx` file (the extension, in any ASCII case, chooses).
    ///
    /// # Errors
    ///
    /// [`DataErrorKind::UnsupportedExtension`] for any other extension (or one whose
    /// feature is off), [`DataErrorKind::Io`] when the file cannot be read (both with line 0),
    /// and every problem in the file as for the other methods.
    #[cfg_attr(
        not(any(feature = "csv", feature = "json", feature = "xlsx")),
        allow(unused_variables)
    )]
    pub fn read_path(&self, path: &Path) -> Result<Dataset, DataErrors> {
        let extension = extension(path);
        #[cfg_attr(
            not(any(feature = "csv", feature = "json", feature = "xlsx")),
            allow(unused_variables)
        )]
        let open = || {
            std::fs::File::open(path)
                .map(std::io::BufReader::new)
                .map_err(|e| {
                    DataErrors::one(DataErrorKind::Io {
                        message: format!("cannot open {}: {e}", path.display()),
                    })
                })
        };
        match extension.as_deref() {
            #[cfg(feature = "csv")]
            Some("csv") => self.read_csv(open()?),
            #[cfg(feature = "json")]
            Some("json") => self.read_json(open()?),
            #[cfg(feature = "xlsx")]
            Some("xlsx") => self.read_xlsx(open()?),
            _ => Err(DataErrors::one(DataErrorKind::UnsupportedExtension {
                path: path.display().to_string(),
            })),
        }
    }

    #[cfg(feature = "csv")]
    /// Whether the data file at `path` names a region per row, so that it is read with
    /// [`Reader::read_regions_path`]: a CSV header or the first row of an Excel worksheet with a
    /// `region` column, or a JSON file whose first record has a `region` key. `false` for any
    /// other extension and when the file cannot be read (reading it reports why).
    #[cfg_attr(
        not(any(feature = "csv", feature = "json", feature = "xlsx")),
        allow(unused_variables)
    )]
    pub fn has_regions(&self, path: &Path) -> bool {
        match extension(path).as_deref() {
            #[cfg(feature = "csv")]
            Some("csv") => super::regions::csv_has_region_column_in(path, self.encoding),
            #[cfg(feature = "json")]
            Some("json") => std::fs::File::open(path).is_ok_and(|file| {
                super::json_input::first_record_has_region(std::io::BufReader::new(file))
            }),
            #[cfg(feature = "xlsx")]
            Some("xlsx") => std::fs::read(path).is_ok_and(super::xlsx_input::has_region_column),
            _ => false,
        }
    }

    #[cfg(feature = "csv")]
    /// Reads a `.csv`, `.json` or `.xlsx` file whose rows name their region (the extension,
    /// in any ASCII case, chooses): [`Reader::read_regions_csv`], [`Reader::read_regions_json`]
    /// or [`Reader::read_regions_xlsx`].
    ///
    /// # Errors
    ///
    /// As [`Reader::read_path`].
    #[cfg_attr(
        not(any(feature = "csv", feature = "json", feature = "xlsx")),
        allow(unused_variables)
    )]
    pub fn read_regions_path(&self, path: &Path) -> Result<Regions, DataErrors> {
        #[cfg_attr(
            not(any(feature = "csv", feature = "json", feature = "xlsx")),
            allow(unused_variables)
        )]
        let open = || {
            std::fs::File::open(path).map_err(|e| {
                DataErrors::one(DataErrorKind::Io {
                    message: format!("cannot open {}: {e}", path.display()),
                })
            })
        };
        match extension(path).as_deref() {
            #[cfg(feature = "csv")]
            Some("csv") => self.read_regions_csv(open()?),
            #[cfg(all(feature = "csv", feature = "json"))]
            Some("json") => self.read_regions_json(open()?),
            #[cfg(all(feature = "csv", feature = "xlsx"))]
            Some("xlsx") => self.read_regions_xlsx(open()?),
            _ => Err(DataErrors::one(DataErrorKind::UnsupportedExtension {
                path: path.display().to_string(),
            })),
        }
    }

    #[cfg(feature = "csv")]
    /// Reads CSV with a `region` column (see [`super::regions`]): the long layout, read as a
    /// stream of any length, or the wide one (a `region` column, an indicator column, then
    /// one column per year; within [`super::MAX_INPUT_BYTES`]). A row with only a region
    /// declares a region with no data.
    ///
    /// ```
    /// use plan_targets::data::Reader;
    ///
    /// let long = "region,indicator,year,value\n巫山县,W02,2020,78.99\n城口县,,,\n";
    /// let wide = "region,indicator,2020\n巫山县,W02,78.99\n城口县,,\n";
    /// let reader = Reader::new();
    /// assert_eq!(
    ///     reader.read_regions_csv(long.as_bytes())?,
    ///     reader.read_regions_csv(wide.as_bytes())?
    /// );
    /// # Ok::<(), plan_targets::data::DataErrors>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line.
    pub fn read_regions_csv(&self, reader: impl Read) -> Result<Regions, DataErrors> {
        super::regions::read_csv(reader, self.encoding, self.catalog)
    }

    #[cfg(all(feature = "csv", feature = "json"))]
    /// Reads JSON whose records each name their `region` (a string, or a number such as an
    /// administrative code), read as a stream: `[{"region": "巫山县", "indicator": "W02",
    /// "year": 2024, "value": "79.95"}, …]`. A record with a `region` and no `indicator`,
    /// `year` or `value` (absent, `null` or `""`) declares a region with no data.
    ///
    /// ```
    /// use plan_targets::data::Reader;
    ///
    /// let json = r#"[
    ///   {"region": "巫山县", "indicator": "W02", "year": 2024, "value": "79.95"},
    ///   {"region": "城口县"}
    /// ]"#;
    /// let regions = Reader::new().read_regions_json(json.as_bytes())?;
    /// let csv = "region,indicator,year,value\n巫山县,W02,2024,79.95\n城口县,,,\n";
    /// assert_eq!(regions, Reader::new().read_regions_csv(csv.as_bytes())?);
    ///
    /// // Every record names its region.
    /// let mixed = "[{\"region\": \"巫山县\", \"indicator\": \"W02\", \"year\": 2024, \"value\": 1},\n\
    ///              {\"indicator\": \"W02\", \"year\": 2023, \"value\": 1}]";
    /// let errors = Reader::new().read_regions_json(mixed.as_bytes()).unwrap_err();
    /// assert_eq!(errors.errors()[0].line, 2);
    /// # Ok::<(), plan_targets::data::DataErrors>(())
    /// ```
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line: a record without a `region` is
    /// [`DataErrorKind::MissingField`].
    pub fn read_regions_json(&self, reader: impl Read) -> Result<Regions, DataErrors> {
        super::json_input::read_regions_from(std::io::BufReader::new(reader), self.catalog)
    }

    #[cfg(all(feature = "csv", feature = "xlsx"))]
    /// Reads an Excel workbook whose worksheets each have a `region` column, in the long layout
    /// (`region,indicator,year,value[,note…]`) or the wide one (a `region` column, an
    /// indicator column, then one column per year). A row with only a region declares a region
    /// with no data.
    ///
    /// # Errors
    ///
    /// Every problem found, each with its sheet, row and column.
    pub fn read_regions_xlsx(&self, reader: impl Read) -> Result<Regions, DataErrors> {
        let bytes = super::read_limited(reader)?;
        super::xlsx_input::read_regions(bytes, self.catalog)
    }

    #[cfg(feature = "csv")]
    /// Reads CSV, the long layout (`indicator,year,value`) or the wide one (one column per
    /// year), told apart by the header; see the [module documentation](super).
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line: see [`DataErrorKind`].
    pub fn read_csv(&self, reader: impl Read) -> Result<Dataset, DataErrors> {
        let bytes = super::read_limited(reader)?;
        let bytes = super::encoding::decode(bytes, self.encoding)?;
        if super::table::csv_is_wide(&bytes) {
            return super::table::read_wide_csv(&bytes, self.catalog);
        }
        super::csv_input::read(&bytes, self.catalog)
    }

    #[cfg(feature = "json")]
    /// Reads JSON, which must be UTF-8: an array of `{ "indicator", "year", "value", … }`
    /// objects (see the [module documentation](super)). A record's line is the line its object
    /// starts on. The input is read as a stream.
    ///
    /// # Errors
    ///
    /// Every problem found, each with its line: see [`DataErrorKind`].
    pub fn read_json(&self, reader: impl Read) -> Result<Dataset, DataErrors> {
        super::json_input::read_from(std::io::BufReader::new(reader), self.catalog)
    }

    #[cfg(feature = "xlsx")]
    /// Reads an Excel workbook (`.xlsx`): every worksheet that is not empty, each in the long
    /// layout (`indicator,year,value[,note…]` in its first row) or the wide one (an indicator
    /// column, then one column per year); see the [module documentation](super).
    ///
    /// # Errors
    ///
    /// Every problem found, each with its sheet, row and column: see [`DataErrorKind`].
    pub fn read_xlsx(&self, reader: impl Read) -> Result<Dataset, DataErrors> {
        let bytes = super::read_limited(reader)?;
        super::xlsx_input::read(bytes, self.catalog)
    }
}

/// A path's extension in ASCII lower case.
fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}
