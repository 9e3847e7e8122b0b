-- The whole-country WMS GetMap queries: the zones' extent with a 5 % margin, made square, in EPSG:3857, at three
-- image sizes (512, 768, 1024), one query string a line. Run with psql -At.
SELECT format('SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=zones&STYLES=&CRS=EPSG:3857&BBOX=%s,%s,%s,%s&WIDTH=%s&HEIGHT=%s&FORMAT=image/png',
              round((cx - h)::numeric, 2), round((cy - h)::numeric, 2), round((cx + h)::numeric, 2),
              round((cy + h)::numeric, 2), size, size)
FROM (SELECT (ST_XMin(e) + ST_XMax(e)) / 2 AS cx, (ST_YMin(e) + ST_YMax(e)) / 2 AS cy,
             1.05 * greatest(ST_XMax(e) - ST_XMin(e), ST_YMax(e) - ST_YMin(e)) / 2 AS h
      FROM (SELECT ST_Transform(ST_SetSRID(ST_Extent(boundary)::geometry, 4326), 3857) AS e FROM zone) x) b,
     unnest(ARRAY[512, 768, 1024]) AS size
ORDER BY size;
