// The ideas map: a plain background, the areas' boundaries, and the server's clusters as buttons and links.
// No tiles are loaded; the list page with the same filters carries everything the map shows.
import { Map, Marker, NavigationControl } from '/lib/maplibre-gl/maplibre-gl.mjs';

const container = document.getElementById('ideas-map');
if (container) {
  const [west, south, east, north] = container.dataset.bounds.split(',').map(Number);
  const map = new Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f4' } }] },
    bounds: [[west, south], [east, north]],
    maxBounds: [[west - 1, south - 0.5], [east + 1, north + 0.5]],
    attributionControl: false,
  });
  map.addControl(new NavigationControl({ showCompass: false }));
  let markers = [];
  let pending;

  const load = async () => {
    pending?.abort();
    pending = new AbortController();
    const b = map.getBounds();
    const separator = container.dataset.source.includes('?') ? '&' : '?';
    const url = `${container.dataset.source}${separator}bbox=${[b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(v => v.toFixed(5)).join(',')}&zoom=${Math.round(map.getZoom())}`;
    try {
      const response = await fetch(url, { signal: pending.signal, headers: { Accept: 'application/geo+json' } });
      if (!response.ok) return;
      show((await response.json()).features);
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
    }
  };

  const show = features => {
    markers.forEach(m => m.remove());
    markers = features.map(feature => {
      const [lon, lat] = feature.geometry.coordinates;
      const element = feature.properties.cluster ? clusterButton(feature, lon, lat) : ideaLink(feature);
      return new Marker({ element }).setLngLat([lon, lat]).addTo(map);
    });
  };

  const clusterButton = (feature, lon, lat) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ideas-map__cluster';
    button.textContent = String(feature.properties.count);
    button.setAttribute('aria-label', container.dataset.clusterLabel.replace('{0}', feature.properties.count));
    button.addEventListener('click', () => map.easeTo({ center: [lon, lat], zoom: map.getZoom() + 2 }));
    return button;
  };

  const ideaLink = feature => {
    const link = document.createElement('a');
    link.className = 'ideas-map__idea';
    link.href = feature.properties.url;
    link.title = feature.properties.title;
    link.setAttribute('aria-label', feature.properties.title);
    return link;
  };

  map.on('load', async () => {
    try {
      const response = await fetch(container.dataset.areas, { headers: { Accept: 'application/geo+json' } });
      if (response.ok) {
        const areas = await response.json();
        areas.features = areas.features.filter(f => f.geometry && f.geometry.type !== 'Point');
        map.addSource('areas', { type: 'geojson', data: areas });
        map.addLayer({ id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.6 } });
        map.addLayer({ id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': '#5a6b78', 'line-width': 1 } });
      }
    } finally {
      await load();
    }
  });
  map.on('moveend', load);
}
