// Places the idea's point by clicking the map; the latitude and longitude fields stay the way to type it,
// and the map follows what is typed there.
import { Map, Marker, NavigationControl } from '/lib/maplibre-gl/maplibre-gl.mjs';

const container = document.getElementById('idea-picker');
if (container) {
  container.hidden = false;
  const latitude = document.getElementById(container.dataset.latitude);
  const longitude = document.getElementById(container.dataset.longitude);
  const [west, south, east, north] = container.dataset.bounds.split(',').map(Number);
  const map = new Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f4' } }] },
    bounds: [[west, south], [east, north]],
    attributionControl: false,
  });
  map.getCanvas().setAttribute('aria-label', container.dataset.label);
  map.addControl(new NavigationControl({ showCompass: false }));
  const marker = new Marker();
  const read = input => Number.parseFloat(input.value.replace(',', '.'));

  const follow = () => {
    const lat = read(latitude);
    const lon = read(longitude);
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      marker.setLngLat([lon, lat]).addTo(map);
    } else {
      marker.remove();
    }
  };

  map.on('load', async () => {
    const response = await fetch('/api/areas?format=geojson', { headers: { Accept: 'application/geo+json' } });
    if (response.ok) {
      const areas = await response.json();
      areas.features = areas.features.filter(f => f.geometry && f.geometry.type !== 'Point');
      map.addSource('areas', { type: 'geojson', data: areas });
      map.addLayer({ id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': '#5a6b78', 'line-width': 1 } });
    }
  });
  map.on('click', event => {
    latitude.value = event.lngLat.lat.toFixed(5);
    longitude.value = event.lngLat.lng.toFixed(5);
    follow();
  });
  latitude.addEventListener('change', follow);
  longitude.addEventListener('change', follow);
  follow();
}
