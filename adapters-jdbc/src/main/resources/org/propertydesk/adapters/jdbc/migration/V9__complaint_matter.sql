-- The matter a complaint is about (R-CO-5, R-CO-8), for registration to read the complaints about
-- the same matter in a window instead of the office's whole window. location_key is the place in
-- the form two places are compared in (Location.key(): lower case, runs of blanks as one), written
-- by the adapter from the complaint's location; up to 400 characters, as lower-casing may lengthen
-- the 200 a location holds. Rows registered before this migration have none: a matter's read also
-- takes the subject's rows without one (through the same index) and compares their place in Java,
-- so no SQL re-implementation of Location.key() can disagree with the Java one.
alter table pd_complaint add location_key varchar(400);

create index pd_complaint_matter on pd_complaint (office_id, subject, location_key, registered_second, registered_nano, complaint_id);
