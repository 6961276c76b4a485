<?xml version="1.0" encoding="utf-8"?>
<!-- A GML file: GDAL's GML driver would write a .gfs schema file beside it on a read-only look, and resolve
     xlink references to other files. Trilink does not read GML (convert it with ogr2ogr -f GPKG first). -->
<ogr:FeatureCollection xmlns:ogr="http://ogr.maptools.org/" xmlns:gml="http://www.opengis.net/gml">
  <gml:featureMember><ogr:track><ogr:geometryProperty><gml:Point><gml:coordinates>125.8,39.2</gml:coordinates></gml:Point></ogr:geometryProperty><ogr:time>2017-11-28T18:17:00Z</ogr:time></ogr:track></gml:featureMember>
</ogr:FeatureCollection>
