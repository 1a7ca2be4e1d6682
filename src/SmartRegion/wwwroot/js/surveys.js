// Surveys: conditional questions, the map point picker and the result charts. Everything here only adds
// to pages that work without it; the server decides which answers count.

function initConditions(form) {
  const dependents = [...form.querySelectorAll('.survey-question[data-condition-question]')]
    .filter((el) => el.dataset.conditionQuestion);
  if (dependents.length === 0) {
    return;
  }

  const update = () => {
    // In form order, so a question hidden because its own source is hidden hides its dependents too.
    for (const question of dependents) {
      const source = form.querySelector(`#question-${question.dataset.conditionQuestion}`);
      const sourceVisible = source !== null && !source.hidden;
      const chosen = [...form.querySelectorAll(`[name="q${question.dataset.conditionQuestion}"]`)]
        .some((input) => input.checked && input.value === question.dataset.conditionOption);
      question.hidden = !(sourceVisible && chosen);
    }
  };
  form.addEventListener('change', update);
  update();
}

async function initMapPicker(container) {
  const latInput = document.getElementById(container.dataset.latInput);
  const lonInput = document.getElementById(container.dataset.lonInput);
  if (!latInput || !lonInput) {
    return;
  }

  const maplibre = await import('/lib/maplibre-gl/maplibre-gl.mjs');
  const lib = maplibre.default ?? maplibre;
  const start = [Number.parseFloat(lonInput.value.replace(',', '.')), Number.parseFloat(latInput.value.replace(',', '.'))];
  const hasStart = start.every(Number.isFinite);
  // No tiles from elsewhere: a plain background with the region's areas drawn from the platform's own API.
  const map = new lib.Map({
    container,
    style: {
      version: 8,
      sources: { areas: { type: 'geojson', data: '/api/areas?format=geojson' } },
      layers: [
        { id: 'background', type: 'background', paint: { 'background-color': '#eef3f7' } },
        { id: 'areas-fill', type: 'fill', source: 'areas', paint: { 'fill-color': '#d9e4ec', 'fill-opacity': 0.6 } },
        { id: 'areas-line', type: 'line', source: 'areas', paint: { 'line-color': '#5b7083', 'line-width': 1 } },
      ],
    },
    center: hasStart ? start : [10.13, 54.3],
    zoom: hasStart ? 11 : 8,
  });
  const marker = new lib.Marker({ color: '#0b4a7a' });
  const place = (lngLat) => marker.setLngLat(lngLat).addTo(map);
  if (hasStart) {
    place(start);
  }

  map.on('click', (event) => {
    latInput.value = event.lngLat.lat.toFixed(6);
    lonInput.value = event.lngLat.lng.toFixed(6);
    place(event.lngLat);
  });
  const follow = () => {
    const lat = Number.parseFloat(latInput.value.replace(',', '.'));
    const lon = Number.parseFloat(lonInput.value.replace(',', '.'));
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      place([lon, lat]);
    }
  };
  latInput.addEventListener('change', follow);
  lonInput.addEventListener('change', follow);
}

const palette = ['#0b4a7a', '#c2410c', '#15803d', '#7e22ce', '#a16207', '#be123c', '#0f766e'];

function cellNumber(cell) {
  const value = Number.parseFloat(cell?.dataset.value ?? '');
  return Number.isFinite(value) ? value : 0;
}

function initChart(table) {
  const Chart = globalThis.Chart;
  if (!Chart) {
    return;
  }

  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', table.dataset.chartLabel ?? '');
  const wrapper = document.createElement('div');
  wrapper.className = 'survey-chart';
  wrapper.append(canvas);
  table.closest('.kern-table-responsive')?.before(wrapper);

  const rows = [...table.tBodies[0].rows];
  const labels = rows.map((row) => row.cells[0].textContent.trim());
  let datasets;
  if (table.dataset.chart === 'matrix') {
    const columns = [...table.tHead.rows[0].cells].slice(1).map((cell) => cell.textContent.trim());
    datasets = columns.map((column, index) => ({
      label: column,
      data: rows.map((row) => cellNumber(row.cells[index + 1])),
      backgroundColor: palette[index % palette.length],
    }));
  } else {
    datasets = [{
      label: table.tHead.rows[0].cells[1].textContent.trim(),
      data: rows.map((row) => cellNumber(row.querySelector('[data-value]'))),
      backgroundColor: palette[0],
    }];
  }

  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: table.dataset.chart === 'matrix' ? { x: { stacked: true }, y: { stacked: true } } : {},
      plugins: { legend: { display: table.dataset.chart === 'matrix' } },
    },
  });
}

for (const form of document.querySelectorAll('.survey-form')) {
  initConditions(form);
}

for (const container of document.querySelectorAll('[data-map-picker]')) {
  initMapPicker(container).catch(() => container.remove());
}

for (const table of document.querySelectorAll('table[data-chart]')) {
  initChart(table);
}
